package io.github.bcreactive.autoconfigure.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.beans.factory.DisposableBean;

/** The limiter's own Lettuce connection, opened on the application's Redis client and closed with the context. */
final class RedisLimiterConnection implements DisposableBean {

    private final StatefulRedisConnection<String, String> connection;

    RedisLimiterConnection(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    @Override
    public void destroy() {
        connection.close();
    }
}
