-- Delivery workers and the evidence log. Runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The batch that last carried a delivery. While the delivery is in flight, its worker's bookkeeping is guarded by
-- (lease_owner, batch_id, state): a worker whose lease lapsed and whose rows were claimed again cannot overwrite them.
alter table delivery add column batch_id varchar(80);
-- Claimable rows are pending ones that are due, and in-flight ones whose lease lapsed (a crashed worker's).
create index delivery_by_lease on delivery (state, lease_until);
create index delivery_by_owner on delivery (lease_owner, state);

-- The national system answered this key from its memory (a batch sent again after a lost answer).
alter table delivery_receipt add column duplicate boolean default false not null;
alter table delivery_receipt add column batch_id varchar(80);

-- The batch an evidence entry proves; the request hash is null when no request body could be built.
alter table delivery_evidence add column batch_id varchar(80);
alter table delivery_evidence alter column request_sha256 drop not null;

-- The head of the evidence chain, one row. Every append locks it, so appends from all instances form one chain, and
-- it names the last entry and how many there are, so that removing the last entries is detected too.
create table delivery_evidence_head (
    id              integer primary key,
    last_entry_id   bigint,
    last_hash       char(64) not null,
    entries         bigint not null,
    constraint delivery_evidence_head_single check (id = 1)
);
insert into delivery_evidence_head (id, last_entry_id, last_hash, entries)
values (1, null, '0000000000000000000000000000000000000000000000000000000000000000', 0);
