-- Connectors an operator paused: their scheduled runs are skipped (a run on demand still goes). In the database, so a
-- pause survives restarts and every hub instance sees it.
create table connector_pause (
    connector_id    varchar(120) primary key,
    paused_by       varchar(120) not null,
    paused_at       timestamp with time zone not null,
    reason          varchar(1000)
);
