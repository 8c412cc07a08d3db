package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A parser for the subset of GraphQL the simulator answers: one anonymous or named {@code query} with variable
 * definitions (and defaults), fields with aliases, arguments (variables, integers, strings, booleans, null, enum
 * names) and nested selections. Fragments, directives, mutations, lists and input objects are refused as
 * unsupported. Commas and {@code #} comments are ignored, as GraphQL does.
 */
final class GraphQLDocument {

    /** A field of a selection set. */
    record Field(String alias, String name, Map<String, JsonNode> arguments, List<Field> selections) {

        String responseName() {
            return alias != null ? alias : name;
        }
    }

    /** A syntax error or an unsupported construct. */
    static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private final JsonNode variables;
    private final Map<String, JsonNode> defaults = new LinkedHashMap<>();
    private int pos;

    private GraphQLDocument(String text, JsonNode variables) {
        this.text = text;
        this.variables = variables;
    }

    /**
     * Parses a query and resolves its variables.
     *
     * @return the top-level selection set
     * @throws Invalid for a syntax error or an unsupported construct
     */
    static List<Field> parse(String text, JsonNode variables) {
        GraphQLDocument document = new GraphQLDocument(text, variables);
        List<Field> fields = document.operation();
        document.skipIgnored();
        if (document.pos < text.length()) {
            throw new Invalid("Syntax error: unexpected '" + text.charAt(document.pos) + "' after the operation");
        }
        return fields;
    }

    private List<Field> operation() {
        skipIgnored();
        if (peek() != '{') {
            String keyword = name();
            if (!"query".equals(keyword)) {
                throw new Invalid("Only queries are supported by the simulator, not '" + keyword + "'");
            }
            skipIgnored();
            if (Character.isLetter(peek()) || peek() == '_') {
                name();
            }
            skipIgnored();
            if (peek() == '(') {
                variableDefinitions();
            }
        }
        return selectionSet();
    }

    private void variableDefinitions() {
        expect('(');
        while (skipIgnored() != ')') {
            expect('$');
            String variable = name();
            expect(':');
            type();
            if (skipIgnored() == '=') {
                pos++;
                defaults.put(variable, literal());
            }
        }
        expect(')');
    }

    private void type() {
        if (skipIgnored() == '[') {
            pos++;
            type();
            expect(']');
        } else {
            name();
        }
        if (skipIgnored() == '!') {
            pos++;
        }
    }

    private List<Field> selectionSet() {
        expect('{');
        List<Field> fields = new ArrayList<>();
        while (skipIgnored() != '}') {
            if (peek() == '.') {
                throw new Invalid("Fragments are not supported by the simulator");
            }
            fields.add(field());
        }
        expect('}');
        if (fields.isEmpty()) {
            throw new Invalid("Syntax error: empty selection set");
        }
        return fields;
    }

    private Field field() {
        String alias = null;
        String name = name();
        if (skipIgnored() == ':') {
            pos++;
            alias = name;
            name = name();
        }
        Map<String, JsonNode> arguments = new LinkedHashMap<>();
        if (skipIgnored() == '(') {
            pos++;
            while (skipIgnored() != ')') {
                String argument = name();
                expect(':');
                arguments.put(argument, value());
            }
            expect(')');
        }
        if (skipIgnored() == '@') {
            throw new Invalid("Directives are not supported by the simulator");
        }
        List<Field> selections = skipIgnored() == '{' ? selectionSet() : List.of();
        return new Field(alias, name, arguments, selections);
    }

    private JsonNode value() {
        if (skipIgnored() == '$') {
            pos++;
            String variable = name();
            JsonNode given = variables.get(variable);
            if (given != null) {
                return given;
            }
            return defaults.getOrDefault(variable, JsonNodeFactory.instance.nullNode());
        }
        return literal();
    }

    private JsonNode literal() {
        char c = skipIgnored();
        if (c == '"') {
            return JsonNodeFactory.instance.stringNode(string());
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            try {
                return JsonNodeFactory.instance.numberNode(Long.parseLong(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new Invalid("Syntax error: bad number at " + start);
            }
        }
        if (c == '[' || c == '{') {
            throw new Invalid("List and object values are not supported by the simulator");
        }
        String word = name();
        return switch (word) {
            case "true" -> JsonNodeFactory.instance.booleanNode(true);
            case "false" -> JsonNodeFactory.instance.booleanNode(false);
            case "null" -> JsonNodeFactory.instance.nullNode();
            default -> JsonNodeFactory.instance.stringNode(word);
        };
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        expect('"');
        return out.toString();
    }

    private String name() {
        skipIgnored();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos || Character.isDigit(text.charAt(start))) {
            throw new Invalid("Syntax error: expected a name at " + start);
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (skipIgnored() != c) {
            throw new Invalid("Syntax error: expected '" + c + "' at " + pos);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    /** Skips white space, commas and comments; returns the next character, or NUL at the end. */
    private char skipIgnored() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                pos++;
            } else {
                break;
            }
        }
        return peek();
    }
}
