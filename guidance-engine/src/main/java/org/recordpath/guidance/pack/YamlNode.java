package org.recordpath.guidance.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts at: a {@link Map} of nodes, a {@link List} of nodes, a
 * {@link String}, {@link BigDecimal}, {@link Boolean}, or null.
 */
record YamlNode(Object value, int line, int column) {

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }
}
