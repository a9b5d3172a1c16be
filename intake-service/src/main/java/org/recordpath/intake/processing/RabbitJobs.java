package org.recordpath.intake.processing;

import com.rabbitmq.client.Channel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recordpath.intake.documents.DocumentQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Jobs through RabbitMQ, with the document row as the source of truth. Publishing: once a document is queued and
 * committed, a persistent message carrying its id goes to the durable work queue (with a publisher confirm).
 * Consuming (manual acknowledgement, prefetch 1): the consumer claims the job row (lease) before processing and
 * acknowledges after the result is committed. A message for a job that cannot be claimed (DONE, FAILED, held by a
 * live worker, not yet due) is acknowledged and dropped, so duplicates have no effect; the {@link LeaseSweeper}
 * publishes again for jobs that still need a worker. A job that ends FAILED after {@code max-attempts} is rejected
 * without requeue and so dead-lettered. When the database cannot be reached the message is requeued.
 */
class RabbitJobs implements ChannelAwareMessageListener {
    private static final Logger log = LoggerFactory.getLogger(RabbitJobs.class);

    private final RabbitTemplate rabbit;
    private final JobQueue queue;
    private final DocumentProcessor processor;
    private final JobSettings jobs;
    private final RabbitSettings settings;
    private final NodeIdentity node;

    RabbitJobs(
            RabbitTemplate rabbit,
            JobQueue queue,
            DocumentProcessor processor,
            JobSettings jobs,
            RabbitSettings settings) {
        this(rabbit, queue, processor, jobs, settings, NodeIdentity.ephemeral());
    }

    RabbitJobs(
            RabbitTemplate rabbit,
            JobQueue queue,
            DocumentProcessor processor,
            JobSettings jobs,
            RabbitSettings settings,
            NodeIdentity node) {
        this.node = node;
        this.rabbit = rabbit;
        this.queue = queue;
        this.processor = processor;
        this.jobs = jobs;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(DocumentQueued queued) {
        try {
            publish(queued.documentId());
            queue.dispatched(queued.documentId());
        } catch (RuntimeException e) {
            log.warn(
                    "document {} could not be published now; the lease sweeper will publish it: {}",
                    queued.documentId(),
                    e.toString());
        }
    }

    /** Publishes the jobs that need a message; returns how many. */
    int redispatch(int limit) {
        List<UUID> due = queue.takeForDispatch(settings.redispatchAfter(), limit);
        for (UUID id : due) {
            publish(id);
        }
        return due.size();
    }

    private void publish(UUID id) {
        rabbit.invoke(template -> {
            template.convertAndSend("", settings.queue(), id.toString(), message -> {
                message.getMessageProperties().setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                message.getMessageProperties().setContentType("text/plain");
                return message;
            });
            template.waitForConfirmsOrDie(10_000);
            return null;
        });
    }

    @Override
    public void onMessage(Message message, Channel channel) throws Exception {
        long tag = message.getMessageProperties().getDeliveryTag();
        UUID id;
        try {
            id = UUID.fromString(new String(message.getBody(), StandardCharsets.UTF_8).strip());
        } catch (IllegalArgumentException e) {
            log.warn("message without a document id dead-lettered");
            channel.basicReject(tag, false);
            return;
        }
        String owner = node.owner(Thread.currentThread().getName());
        try {
            Optional<JobQueue.Claim> claim = queue.claim(id, owner, jobs.lease());
            if (claim.isEmpty()) {
                log.debug(
                        "document {} is {}: message dropped",
                        id,
                        queue.status(id).orElse("unknown"));
                channel.basicAck(tag, false);
                return;
            }
            DocumentProcessor.Outcome outcome = processor.process(claim.get(), owner);
            if (outcome == DocumentProcessor.Outcome.GAVE_UP) {
                log.info(
                        "document {} FAILED after {} attempts: message dead-lettered",
                        id,
                        claim.get().attempts());
                channel.basicReject(tag, false);
            } else {
                channel.basicAck(tag, false);
            }
        } catch (RuntimeException e) {
            log.error("document {}: the job queue could not be reached; message requeued", id, e);
            Thread.sleep(jobs.pollInterval().toMillis());
            channel.basicNack(tag, false, true);
        }
    }

    String node() {
        return node.node() + "/" + node.process();
    }
}
