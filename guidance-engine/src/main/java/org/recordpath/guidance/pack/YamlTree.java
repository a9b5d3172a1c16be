package org.recordpath.guidance.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s that remember their position (Jackson's {@link JsonLocation}). */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {}

    static YamlNode read(InputStream in, String file) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new PackException(file, 1, 1, "empty file");
            }
            return node(p, file);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PackException(
                    file,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PackException(file, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static YamlNode node(JsonParser p, String file) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (m.containsKey(name)) {
                        throw new PackException(file, keyLine, 1, "duplicate key '" + name + "'");
                    }
                    m.put(name, node(p, file));
                }
                return new YamlNode(m, line, col);
            }
            case START_ARRAY: {
                List<YamlNode> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(node(p, file));
                }
                return new YamlNode(l, line, col);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode(p.getDecimalValue(), line, col);
            case VALUE_TRUE:
                return new YamlNode(Boolean.TRUE, line, col);
            case VALUE_FALSE:
                return new YamlNode(Boolean.FALSE, line, col);
            case VALUE_NULL:
                return new YamlNode(null, line, col);
            default:
                return new YamlNode(p.getText(), line, col);
        }
    }
}
