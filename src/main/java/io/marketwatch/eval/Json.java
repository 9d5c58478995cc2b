package io.marketwatch.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Null-tolerant reads of briefing and gold JSON, with Python's way of printing values. */
final class Json {

    private Json() {
    }

    /** The text of a field, or null when it is missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isObject() ? null : value;
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    /** A number field, or null when it is missing or not a number. */
    static Double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    /** Python's {@code str()} of a JSON scalar: None, ints as written, floats as repr. */
    static String python(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return pythonFloat(value.asDouble());
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        return value.asString();
    }

    /** Python's {@code repr()} of a float: shortest digits, scientific below 1e-4 and from 1e16. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= 16 || exponent < -4) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = shortest.signum() < 0 ? "-" : "";
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
