package io.github.bcreactive.http;

/**
 * Checks a setting that travels in a header (a token, a client id, a user agent) or in the URL (a store hash) when
 * the client is built, so a pasted line break or space fails at once, naming the setting, rather than three retries
 * later. Messages never show the value: it may be a secret, and its control characters would garble a log.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * Checks a value.
     *
     * @param value the value
     * @param name the setting's name, for the message
     * @param secret whether the value is a secret (only changes the wording)
     * @return the value
     * @throws IllegalArgumentException when it is missing, blank, has surrounding whitespace or a control character
     */
    static String require(String value, String name, boolean secret) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("'" + name + "' contains a control character (such as CR or LF) "
                        + "at index " + i + "; " + (secret ? "check how the secret was read." : "remove it."));
            }
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
                || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(value.length() - 1))) {
            throw new IllegalArgumentException("'" + name + "' has leading or trailing whitespace; "
                    + (secret ? "check how the secret was read." : "trim it."));
        }
        return value;
    }
}
