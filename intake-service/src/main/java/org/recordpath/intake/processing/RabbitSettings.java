package org.recordpath.intake.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Job dispatch through RabbitMQ (profile {@code rabbitmq}); the broker connection is {@code spring.rabbitmq.*}.
 *
 * @param queue the durable work queue; each message is one document id
 * @param deadLetterExchange where the work queue dead-letters messages of jobs that failed {@code max-attempts}
 * @param deadLetterQueue the durable queue bound to the dead-letter exchange, for operators
 * @param consumers consumer threads in this process; 0 (the web node's default) means this process only publishes
 * @param sweepInterval how often this process looks for jobs that need a message (expired lease, due retry, lost
 *     message)
 * @param redispatchAfter a claimable job whose last message is this old gets a new one (the broker lost it)
 */
@ConfigurationProperties("recordpath.rabbitmq")
record RabbitSettings(
        @DefaultValue("recordpath.documents") String queue,
        @DefaultValue("recordpath.documents.dlx") String deadLetterExchange,
        @DefaultValue("recordpath.documents.dead") String deadLetterQueue,
        @DefaultValue("0") int consumers,
        @DefaultValue("15s") Duration sweepInterval,
        @DefaultValue("5m") Duration redispatchAfter) {
    RabbitSettings {
        if (consumers < 0) {
            throw new IllegalArgumentException("recordpath.rabbitmq.consumers must not be negative");
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero() || redispatchAfter.isNegative()) {
            throw new IllegalArgumentException("recordpath.rabbitmq.sweep-interval must be positive");
        }
    }
}
