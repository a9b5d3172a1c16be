package org.recordpath.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Sets one contract field of a built profile through its JSON form ({@code clinical.fibrosisGrade},
 * {@code karyotype.del17p}, {@code mutations.0.vafPct}...), for the few fields {@link Profiles} has no builder for. Going through the contract
 * keeps tests independent of the records' constructor order.
 */
public final class ProfileEdits {
    private static final ObjectMapper JSON = ContractJson.mapper();

    private ProfileEdits() {}

    public static ClinicalProfile with(ClinicalProfile p, String path, Object value) {
        ObjectNode root = JSON.valueToTree(p);
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
            node = child instanceof ObjectNode || child != null && child.isArray()
                    ? child
                    : ((ObjectNode) node).putObject(parts[i]);
        }
        ((ObjectNode) node).set(parts[parts.length - 1], JSON.valueToTree(value));
        try {
            return JSON.treeToValue(root, ClinicalProfile.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot set " + path, e);
        }
    }
}
