package be.werkwinkel.kiosk.system.database;

/**
 * Another kiosk process is running on the same embedded database directory. Its message is the
 * one line that start-up prints (see {@link DataDirectoryInUseReporter}).
 */
class DataDirectoryInUseException extends RuntimeException {

    DataDirectoryInUseException(String message) {
        super(message, null, false, false);
    }
}
