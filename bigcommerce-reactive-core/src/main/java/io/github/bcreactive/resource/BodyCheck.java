package io.github.bcreactive.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.error.InvalidRequestException;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a request body against its operation's schema before it is sent, whatever its Java type (a generated
 * model, a hand-written one, a map, a {@code JsonNode}): a create ({@code POST}) lacking a field the schema requires
 * fails with an {@link InvalidRequestException} naming it, and nothing is sent; read-only fields (marked
 * {@code readOnly}, or declared by the answer's schema and not by the request's: an answer's {@code id} or
 * {@code date_created}) are left out of creates and updates, so a whole model read, changed and written back is a
 * body the spec's request schema takes. Fields neither schema declares (a model's {@code extra}) are kept. A batch (an
 * array body) is checked item by item. The rules are generated from the specs ({@link BodyRules}).
 */
final class BodyCheck {

    /**
     * The rule of one operation's request body.
     *
     * @param required the top-level fields a create must carry
     * @param readOnly the fields left out of a body, nested ones dotted ({@code custom_url.is_customized}); a
     *     dotted step goes into every item of an array
     */
    record Rule(List<String> required, List<String> readOnly) {

        /**
         * Copies the lists.
         *
         * @param required the required fields
         * @param readOnly the read-only fields
         */
        Rule {
            required = List.copyOf(required);
            readOnly = List.copyOf(readOnly);
        }
    }

    private BodyCheck() {
    }

    /**
     * The body to send: the body itself when its operation has no rule or nothing is left out, else its JSON tree
     * without the read-only fields.
     *
     * @param mapper the client's mapper (the body is written as it would be sent)
     * @param version the API version
     * @param method the method
     * @param template the path template (placeholder names do not matter)
     * @param body the body, or {@code null}
     * @return the body to send
     * @throws InvalidRequestException when a create lacks a required field
     */
    static Object apply(JsonMapper mapper, ApiVersion version, HttpMethod method, String template, Object body) {
        if (body == null) {
            return null;
        }
        String key = version.name() + " " + method.name() + " " + template.replaceAll("\\{[^/}]*}", "{}");
        Rule rule = BodyRules.ALL.get(key);
        if (rule == null) {
            return body;
        }
        JsonNode tree = mapper.valueToTree(body);
        if (method.equals(HttpMethod.POST) && !rule.required().isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (tree.isArray()) {
                for (int i = 0; i < tree.size(); i++) {
                    for (String name : missing(tree.get(i), rule.required())) {
                        missing.add("[" + i + "]." + name);
                    }
                }
            } else {
                missing.addAll(missing(tree, rule.required()));
            }
            if (!missing.isEmpty()) {
                throw new InvalidRequestException(key.replace("{}", "{id}"), missing);
            }
        }
        boolean removed = false;
        for (String field : rule.readOnly()) {
            removed |= remove(tree, field.split("\\."), 0);
        }
        return removed ? tree : body;
    }

    private static List<String> missing(JsonNode item, List<String> required) {
        if (!item.isObject()) {
            return List.of();
        }
        return required.stream().filter(name -> !item.has(name) || item.get(name).isNull()).toList();
    }

    /** Removes a dotted field from an object, or from every item of an array, at any depth. */
    private static boolean remove(JsonNode node, String[] steps, int at) {
        Objects.requireNonNull(node);
        if (node.isArray()) {
            boolean removed = false;
            for (JsonNode item : node) {
                removed |= remove(item, steps, at);
            }
            return removed;
        }
        if (!(node instanceof ObjectNode object) || !object.has(steps[at])) {
            return false;
        }
        if (at == steps.length - 1) {
            object.remove(steps[at]);
            return true;
        }
        return remove(object.get(steps[at]), steps, at + 1);
    }
}
