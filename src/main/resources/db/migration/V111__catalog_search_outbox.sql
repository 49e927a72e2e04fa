-- Hibernate Search's outbox-polling coordination (used only with PASAR_SEARCH_URL, docs/configuration.md "Search"):
-- each transaction that changes an indexed product writes an event here, and the background agents of the app nodes
-- (registered in hsearch_agent) index the events in order and delete them. The columns are those Hibernate Search 8.2
-- maps (its entities, with Spring's snake_case naming), with CHAR(36) ids (uuid_type=CHAR, set by SearchBackend) so the
-- same script serves MySQL, MariaDB and H2. The tables stay empty on the embedded Lucene index.
CREATE TABLE hsearch_outbox_event (
    id              CHAR(36)      NOT NULL,
    entity_name     VARCHAR(256)  NOT NULL,
    entity_id       VARCHAR(256)  NOT NULL,
    entity_id_hash  INT           NOT NULL,
    payload         LONGBLOB      NOT NULL,
    retries         INT           NOT NULL,
    process_after   DATETIME(6)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    tenant_id       VARCHAR(255),
    CONSTRAINT pk_hsearch_outbox_event PRIMARY KEY (id)
);
CREATE INDEX ix_hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                    CHAR(36)      NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    expiration            DATETIME(6)   NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    total_shard_count     INT,
    assigned_shard_index  INT,
    payload               LONGBLOB,
    tenant_id             VARCHAR(255),
    CONSTRAINT pk_hsearch_agent PRIMARY KEY (id)
);
