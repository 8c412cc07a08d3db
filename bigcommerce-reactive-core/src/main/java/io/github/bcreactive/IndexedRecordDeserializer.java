package io.github.bcreactive;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.SettableAnyProperty;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializer;
import tools.jackson.databind.deser.bean.PropertyBasedCreator;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.deser.impl.MethodProperty;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Jackson's deserializer of a record, with the names of a JSON object matched to the constructor's parameters by the
 * parser's name matcher (an index per name, read from the name's bytes) instead of a string and a map lookup per
 * field. For the models, records of up to about 80 components, the lookup was a fifth of the time a listing's items
 * took to decode (benchmarks/README.md, "Typed models against {@code JsonNode}"); Jackson matches a mutable bean's
 * setters this way, not a record's constructor.
 *
 * <p>Only the lookup changes. Each value is read by the parameter's own Jackson property (its deserializer, null
 * handling and error path), unknown names go to the record's any-setter ({@code extra}) or to Jackson's unknown-property
 * handling, and the record is built by Jackson's creator from its buffer (missing parameters, defaults, errors): the
 * steps of Jackson's own property-based loop, in its order. A record that needs anything that loop does besides
 * (object ids, an active view, injected values, ignored or aliased names, case-insensitive names, setter properties, external
 * type ids, unwrapping, a delegating creator), or a value that is not a JSON object, is read by Jackson's code.
 */
final class IndexedRecordDeserializer extends BeanDeserializer {

    private static final long serialVersionUID = 1L;

    /** The matcher and the parameters by match index; {@code null} until resolved, or when Jackson's loop is needed. */
    private transient Index index;

    private IndexedRecordDeserializer(BeanDeserializer jacksons) {
        super(jacksons);
    }

    /**
     * The deserializer to use for a type: this one for a record Jackson reads with its plain bean deserializer,
     * otherwise the one given.
     *
     * @param deserializer the deserializer Jackson built
     * @return the deserializer to use
     */
    static ValueDeserializer<?> of(ValueDeserializer<?> deserializer) {
        if (deserializer.getClass() == BeanDeserializer.class && deserializer.handledType() != null
                && deserializer.handledType().isRecord()) {
            return new IndexedRecordDeserializer((BeanDeserializer) deserializer);
        }
        return deserializer;
    }

    /**
     * Whether names are matched by index; {@code false} before {@link #resolve}, and for a record that needs Jackson's
     * own loop.
     *
     * @return whether the index is used
     */
    boolean matchesByIndex() {
        return index != null;
    }

    @Override
    public void resolve(DeserializationContext context) {
        super.resolve(context);
        index = Index.of(this, context);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        Index matched = index;
        if (matched == null || !parser.isExpectedStartObjectToken()
                || _needViewProcesing && context.getActiveView() != null) {
            return super.deserialize(parser, context);
        }
        PropertyBasedCreator creator = _propertyBasedCreator;
        PropertyValueBuffer buffer = _anySetter != null
                ? creator.startBuildingWithAnySetter(parser, context, null, _anySetter)
                : creator.startBuilding(parser, context, null);
        TokenBuffer unknown = null;
        int match = parser.nextNameMatch(matched.names);
        while (match != PropertyNameMatcher.MATCH_END_OBJECT && match != PropertyNameMatcher.MATCH_ODD_TOKEN) {
            if (match >= 0) {
                parser.nextToken();
                SettableBeanProperty property = matched.parameters[match];
                buffer.assignParameter(property, _deserializeWithErrorWrapping(parser, context, property));
            } else {
                String name = parser.currentName();
                parser.nextToken();
                unknown = unknown(parser, context, buffer, name, unknown);
            }
            match = parser.nextNameMatch(matched.names);
        }
        Object bean;
        try {
            bean = creator.build(context, buffer);
        } catch (Exception e) {
            return wrapInstantiationProblem(context, e);
        }
        parser.assignCurrentValue(bean);
        if (bean == null) {
            _handleNullFromPropsBasedCreator(null, context, unknown, null);
            return null;
        }
        if (unknown == null) {
            return bean;
        }
        return bean.getClass() != _beanType.getRawClass() ? handlePolymorphic(null, context, bean, unknown)
                : handleUnknownProperties(context, bean, unknown);
    }

    /** A name the constructor does not take: to the any-setter, skipped, or kept for Jackson's unknown handling. */
    private TokenBuffer unknown(JsonParser parser, DeserializationContext context, PropertyValueBuffer buffer,
            String name, TokenBuffer unknown) throws JacksonException {
        SettableAnyProperty any = _anySetter;
        if (any != null) {
            try {
                if (any.isFieldType() || any.isSetterType()) {
                    buffer.bufferAnyProperty(any, name, any.deserialize(parser, context));
                } else {
                    buffer.bufferAnyParameterProperty(any, name, any.deserialize(parser, context));
                }
            } catch (Exception e) {
                throw wrapAndThrow(e, _beanType.getRawClass(), name, context);
            }
            return unknown;
        }
        if (_ignoreAllUnknown) {
            parser.skipChildren();
            return unknown;
        }
        TokenBuffer tokens = unknown != null ? unknown : context.bufferForInputBuffering(parser);
        tokens.writeName(name);
        tokens.copyCurrentStructure(parser);
        return tokens;
    }

    /**
     * The constructor's parameters by the index the name matcher returns for their names.
     *
     * @param names the matcher of the parameters' names
     * @param parameters the parameters, in the matcher's order
     */
    private record Index(PropertyNameMatcher names, SettableBeanProperty[] parameters) {

        /** The index of a resolved deserializer, or {@code null} when Jackson's own loop must read the record. */
        static Index of(IndexedRecordDeserializer deserializer, DeserializationContext context) {
            PropertyBasedCreator creator = deserializer._propertyBasedCreator;
            if (creator == null || !deserializer._beanType.isRecordType() || deserializer._objectIdReader != null
                    || deserializer._injectables != null
                    || deserializer._externalTypeIdHandler != null || deserializer._unwrappedPropertyHandler != null
                    || deserializer._delegateDeserializer != null
                    || deserializer._arrayDelegateDeserializer != null || deserializer._ignorableProps != null
                    || deserializer._includableProps != null || deserializer._beanProperties.isCaseInsensitive()
                    || creator.hasManagedReferenceProperties()) {
                return null;
            }
            for (SettableBeanProperty property : deserializer._beanProperties) {
                if (property instanceof MethodProperty) {
                    return null;
                }
            }
            List<SettableBeanProperty> parameters = new ArrayList<>(creator.properties());
            List<Named> names = new ArrayList<>(parameters.size());
            for (SettableBeanProperty parameter : parameters) {
                if (parameter.isIgnorable() || parameter.isInjectionOnly()
                        || !parameter.findAliases(context.getConfig()).isEmpty()) {
                    return null;
                }
                names.add(Named.fromString(parameter.getName()));
            }
            return new Index(context.tokenStreamFactory().constructNameMatcher(names, false),
                    parameters.toArray(SettableBeanProperty[]::new));
        }
    }
}
