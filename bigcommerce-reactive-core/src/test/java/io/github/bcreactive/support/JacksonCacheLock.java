package io.github.bcreactive.support;

import java.lang.reflect.Field;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DeserializationContexts;
import tools.jackson.databind.deser.DeserializerCache;

/**
 * The lock Jackson 3's deserializer cache builds every deserializer under (its internals, read by reflection). A test
 * holds it to make any first decode on another thread wait: on an event loop, BlockHound fails that wait.
 */
public final class JacksonCacheLock {

    private JacksonCacheLock() {
    }

    /**
     * The lock of a mapper's deserializer cache.
     *
     * @param mapper the mapper
     * @return the lock
     * @throws ReflectiveOperationException when Jackson's internals changed
     */
    public static ReentrantLock of(ObjectMapper mapper) throws ReflectiveOperationException {
        return lock(read(mapper, ObjectMapper.class, "_deserializationContexts"));
    }

    /**
     * The lock of the deserializer cache a reader builds with.
     *
     * @param reader the reader
     * @return the lock
     * @throws ReflectiveOperationException when Jackson's internals changed
     */
    public static ReentrantLock of(ObjectReader reader) throws ReflectiveOperationException {
        return lock(read(reader, ObjectReader.class, "_contexts"));
    }

    /**
     * A field's value, read by reflection.
     *
     * @param target the object, or {@code null} for a static field
     * @param owner the class declaring the field
     * @param name the field's name
     * @return the value
     * @throws ReflectiveOperationException when there is no such field
     */
    public static Object read(Object target, Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private static ReentrantLock lock(Object contexts) throws ReflectiveOperationException {
        Object cache = read(contexts, DeserializationContexts.class, "_cache");
        return (ReentrantLock) read(cache, DeserializerCache.class, "_incompleteDeserializersLock");
    }
}
