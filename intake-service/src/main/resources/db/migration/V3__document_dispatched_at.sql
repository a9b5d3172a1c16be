-- When a broker message naming the job was last published (profile rabbitmq). The lease sweeper publishes again
-- a job that is due but has no message since it was queued or became due, or whose worker died (lease expired).
ALTER TABLE document ADD COLUMN dispatched_at TIMESTAMP WITH TIME ZONE;
