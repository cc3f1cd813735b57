package vn.dxhub.connector.file;

/**
 * Fails a watched folder's exchange on purpose when its file could not be imported now (the connector busy, the
 * database down): a failed exchange makes Camel's file consumer leave the file where it is for its next look,
 * where a successful one would move it.
 */
public final class FileLeftForNextLook extends RuntimeException {

    public FileLeftForNextLook() {
        super("tệp để lại cho lần quét sau / file left for the next look", null, false, false);
    }
}
