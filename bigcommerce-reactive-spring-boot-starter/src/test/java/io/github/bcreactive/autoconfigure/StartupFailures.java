package io.github.bcreactive.autoconfigure;

/** Reads a context's startup failure: the configuration exception in its causes, and every message in it. */
final class StartupFailures {

    private StartupFailures() {
    }

    static BigCommerceConfigurationException configurationFailure(Throwable startup) {
        for (Throwable cause = startup; cause != null; cause = cause.getCause()) {
            if (cause instanceof BigCommerceConfigurationException failure) {
                return failure;
            }
        }
        throw new AssertionError("No BigCommerceConfigurationException in " + startup);
    }

    static String allMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
