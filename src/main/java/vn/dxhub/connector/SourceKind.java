package vn.dxhub.connector;

/**
 * A kind of connector the hub has, one bean per kind. Scheduled kinds are {@link SourcePuller}s; a kind started by
 * something else (files arriving in a folder) only declares itself here and does its work through
 * {@link ConnectorRunner#run(String, ConnectorRunner.Trigger, ConnectorRunner.Work)}.
 */
public interface SourceKind {

    ConnectorKind kind();
}
