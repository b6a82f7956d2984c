-- Liveness of integration routes as seen by the database: each route that beats updates its row,
-- so operators (and the health check) can tell a route that runs end to end from one that only exists.
CREATE TABLE route_heartbeat (
    route_id      VARCHAR(100) NOT NULL,
    node          VARCHAR(100) NOT NULL,
    last_beat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    beats         BIGINT NOT NULL,
    CONSTRAINT route_heartbeat_pk PRIMARY KEY (route_id, node)
);
