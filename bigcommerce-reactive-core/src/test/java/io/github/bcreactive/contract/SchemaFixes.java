package io.github.bcreactive.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Rewrites of the parsed specs that change no meaning but let the JSON Schema (draft 4) validator read them, as
 * swagger-request-validator's own loader does:
 * <ul>
 *   <li>OpenAPI 3.0 allows {@code exclusiveMaximum: false} without a {@code maximum} (many v2 specs' id parameters
 *       say so), which draft 4 rejects as a syntax error: a {@code false} without its bound is dropped;</li>
 *   <li>the parser gives a {@code oneOf}/{@code anyOf} without a type the type {@code object}, which would refuse
 *       {@code amount: 10} against {@code oneOf: [number, string]}: that made-up type is dropped;</li>
 *   <li>likewise, merging an {@code allOf} part that only gives a property a default ({@code code: {default:
 *       200}}, as B2B Edition's specs do over their envelope) leaves the property typed {@code object}, which would
 *       refuse the envelope's own {@code code: 200}: an {@code object} type with no properties whose default is
 *       not an object is dropped;</li>
 *   <li>several specs mark nullable fields the OpenAPI 2 way, {@code x-nullable: true}, which the validator does
 *       not read: it is read as {@code nullable: true};</li>
 *   <li>the validator reads a {@code discriminator} the OpenAPI 2 way, on a schema that lists the property as
 *       required, and rejects one beside a {@code oneOf} (customers.v3.yml, the stored instruments) as an invalid
 *       schema: there the discriminator is dropped, and the {@code oneOf} alone still picks one alternative;</li>
 *   <li>merging {@code allOf} parts can repeat a name in {@code required}, which draft 4 rejects: the list is made
 *       unique;</li>
 *   <li>{@code checkouts.v3.yml} puts named examples ({@code Coupon Applied}) where media types go in some
 *       responses' {@code content}: entries that are not media types are dropped (this one is a spec error, listed
 *       in the README with the overrides).</li>
 * </ul>
 */
final class SchemaFixes {

    private SchemaFixes() {
    }

    static void apply(OpenAPI api) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null) {
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(s -> fix(s, seen));
            }
            if (api.getComponents().getParameters() != null) {
                api.getComponents().getParameters().values().forEach(p -> fix(p, seen));
            }
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> fix(p, seen));
            }
            item.readOperations().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> fix(p, seen));
                }
                if (op.getRequestBody() != null) {
                    fix(op.getRequestBody().getContent(), seen);
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> fix(r.getContent(), seen));
                }
            });
        });
    }

    private static void fix(Parameter parameter, Set<Schema<?>> seen) {
        if (parameter != null) {
            fix(parameter.getSchema(), seen);
        }
    }

    private static void fix(Content content, Set<Schema<?>> seen) {
        if (content != null) {
            // checkouts.v3.yml lists named examples ("Coupon Applied") as if they were media types
            content.keySet().removeIf(mediaType -> !mediaType.contains("/"));
            content.values().forEach(media -> fix(media.getSchema(), seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void fix(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get("x-nullable"))) {
            schema.setNullable(true);
        }
        boolean alternatives = schema.getOneOf() != null && !schema.getOneOf().isEmpty()
                || schema.getAnyOf() != null && !schema.getAnyOf().isEmpty();
        if (alternatives && "object".equals(schema.getType()) && schema.getProperties() == null) {
            schema.setType(null);
        }
        if ("object".equals(schema.getType()) && schema.getProperties() == null && schema.getDefault() != null
                && !(schema.getDefault() instanceof Map) && !(schema.getDefault() instanceof JsonNode node
                        && node.isObject())) {
            schema.setType(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum()) && schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum()) && schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getRequired() != null && schema.getRequired().size()
                != new java.util.LinkedHashSet<>(schema.getRequired()).size()) {
            schema.setRequired(new ArrayList<>(new java.util.LinkedHashSet<>(schema.getRequired())));
        }
        if (schema.getDiscriminator() != null && schema.getProperties() == null && schema.getOneOf() != null) {
            schema.setDiscriminator(null);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(p -> fix(p, seen));
        }
        fix(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            fix(additional, seen);
        }
        for (java.util.List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(p -> fix(p, seen));
            }
        }
        fix(schema.getNot(), seen);
    }
}
