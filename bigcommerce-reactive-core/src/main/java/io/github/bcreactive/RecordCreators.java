package io.github.bcreactive;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The default mapper's module for records: it calls a record's canonical constructor through one method handle,
 * spread over the argument array once per type, and reads a record's JSON object with
 * {@link IndexedRecordDeserializer}, which matches each name to a constructor parameter by the parser's name matcher.
 * Jackson calls a creator with {@code MethodHandle.invokeWithArguments}, which adapts the handle again on every call,
 * and looks each name up in a map; for the models, records of up to about 80 components, these were about a tenth and
 * a fifth of the time a listing's items took to decode (benchmarks/README.md, "Typed models against
 * {@code JsonNode}").
 *
 * <p>Only how the constructor is called and how names are matched change: which properties are read, their defaults
 * and their errors stay Jackson's. When the constructor throws, the call is made again the usual way, so the error is
 * the one Jackson reports ({@code ValueInstantiationException}); a record's constructor only checks and copies, so the
 * second call changes nothing. A type Jackson builds another way, or whose constructor cannot be reached, is left as
 * it is.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RecordCreators()).build();
 * }</pre>
 */
final class RecordCreators extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    RecordCreators() {
        super("bigcommerce-record-creators");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueInstantiator instantiator) {
                return spread(instantiator);
            }
        });
        context.addDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return IndexedRecordDeserializer.of(deserializer);
            }
        });
    }

    /** The instantiator that calls a record's canonical constructor through a spread handle, or the one given. */
    static ValueInstantiator spread(ValueInstantiator instantiator) {
        if (instantiator instanceof Spread || !instantiator.canCreateFromObjectWith()
                || instantiator.getWithArgsCreator() == null
                || !(instantiator.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor)
                || !constructor.getDeclaringClass().isRecord()) {
            return instantiator;
        }
        MethodHandle handle;
        try {
            handle = MethodHandles.lookup().unreflectConstructor(constructor);
        } catch (IllegalAccessException | RuntimeException e) {
            return instantiator;
        }
        handle = handle.asType(handle.type().generic()).asSpreader(Object[].class, constructor.getParameterCount());
        return new Spread(instantiator, handle);
    }

    /** Jackson's instantiator, with the record's constructor called through one spread handle. */
    private static final class Spread extends ValueInstantiator.Delegating {

        private static final long serialVersionUID = 1L;

        private final transient MethodHandle constructor;

        Spread(ValueInstantiator delegate, MethodHandle constructor) {
            super(delegate);
            this.constructor = constructor;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier bean) {
            ValueInstantiator contextual = delegate().createContextual(context, bean);
            return contextual == delegate() ? this : spread(contextual);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, SettableBeanProperty[] properties,
                PropertyValueBuffer buffer) throws JacksonException {
            return createFromObjectWith(context, buffer.getParameters(context, properties));
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments)
                throws JacksonException {
            try {
                return constructor.invokeExact(arguments);
            } catch (Throwable e) {
                // the usual call, for the error Jackson reports
                return delegate().createFromObjectWith(context, arguments);
            }
        }
    }
}
