package io.github.bcreactive.test.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as the JSON object the write endpoints take: each text part a
 * field ({@code true}/{@code false} as booleans, whole numbers as numbers, the rest as strings), and each file part a
 * field holding the file's name (the simulator keeps the name and the size, {@code <part>_size}, not the bytes).
 */
final class FormBody {

    private FormBody() {
    }

    /** Whether a content type is a multipart form. */
    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Parses a form.
     *
     * @param contentType the request's content type, naming the boundary
     * @param body the body
     * @return the fields, or {@code null} when the form is malformed
     */
    static ObjectNode parse(String contentType, byte[] body) {
        String boundary = null;
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = trimmed.substring(9).replace("\"", "");
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        ObjectNode fields = Json.object();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return fields;
            }
            int next = indexOf(body, delimiter, start);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (next < 0 || headersEnd < 0 || headersEnd > next) {
                return null;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = Math.max(contentStart, next - 2);
            String name = parameter(headers, "name");
            String filename = parameter(headers, "filename");
            if (name == null) {
                return null;
            }
            if (filename != null) {
                fields.put(name, filename);
                fields.put(name + "_size", contentEnd - contentStart);
            } else {
                put(fields, name, new String(body, contentStart, contentEnd - contentStart, StandardCharsets.UTF_8));
            }
            at = next;
        }
        return null;
    }

    private static void put(ObjectNode fields, String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            fields.put(name, Boolean.parseBoolean(value));
        } else if (value.matches("-?\\d{1,18}")) {
            fields.put(name, Long.parseLong(value));
        } else {
            fields.put(name, value);
        }
    }

    /** A parameter of the part's {@code Content-Disposition}: {@code name="image_file"}. */
    private static String parameter(String headers, String key) {
        for (String line : headers.split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                continue;
            }
            for (String parameter : line.split(";")) {
                String trimmed = parameter.trim();
                if (trimmed.startsWith(key + "=\"") && trimmed.endsWith("\"")) {
                    return trimmed.substring(key.length() + 2, trimmed.length() - 1);
                }
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
