-- Which hub instance is running a connector right now. A run takes the lease and renews it page by page;
-- a lease left by a crashed instance expires, so the connector runs again elsewhere.
create table connector_lease (
    connector_id    varchar(120) primary key,
    holder          varchar(200) not null,
    expires_at      timestamp with time zone not null
);
