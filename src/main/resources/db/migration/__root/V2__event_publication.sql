-- Spring Modulith's event publication log: an event between modules stays here until its listener
-- has handled it, so a crash between the sender's commit and the listener loses nothing.
CREATE TABLE event_publication (
	id UUID NOT NULL,
	listener_id VARCHAR(512) NOT NULL,
	event_type VARCHAR(512) NOT NULL,
	serialized_event VARCHAR(20000) NOT NULL,
	publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
	completion_date TIMESTAMP WITH TIME ZONE,
	status VARCHAR(20),
	completion_attempts INT,
	last_resubmission_date TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id)
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
