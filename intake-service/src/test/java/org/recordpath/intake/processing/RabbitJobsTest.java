package org.recordpath.intake.processing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.rabbitmq.client.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** How a consumer answers the broker: ack after the job is settled, dead-letter only jobs that gave up. */
class RabbitJobsTest {
    private static final long TAG = 7;

    private final JobQueue queue = mock(JobQueue.class);
    private final DocumentProcessor processor = mock(DocumentProcessor.class);
    private final Channel channel = mock(Channel.class);
    private final RabbitJobs jobs = new RabbitJobs(
            mock(RabbitTemplate.class),
            queue,
            processor,
            new JobSettings(1, Duration.ofSeconds(5), Duration.ofMillis(10), 3, Duration.ofSeconds(1), Duration.ZERO),
            new RabbitSettings("q", "q.dlx", "q.dead", 1, Duration.ofSeconds(1), Duration.ofMinutes(1)));

    @Test
    void aMessageForAJobThatCannotBeClaimedIsAckedAndDropped() throws Exception {
        UUID id = UUID.randomUUID();
        when(queue.claim(eq(id), anyString(), any())).thenReturn(Optional.empty());
        when(queue.status(id)).thenReturn(Optional.of("DONE"));

        jobs.onMessage(message(id.toString()), channel);

        verify(channel).basicAck(TAG, false);
        verify(processor, never()).process(any(), anyString());
    }

    @Test
    void aProcessedJobIsAckedAfterItsResultIsCommitted() throws Exception {
        UUID id = UUID.randomUUID();
        when(queue.claim(eq(id), anyString(), any())).thenReturn(Optional.of(new JobQueue.Claim(id, 1)));
        when(processor.process(any(), anyString())).thenReturn(DocumentProcessor.Outcome.DONE);

        jobs.onMessage(message(id.toString()), channel);

        verify(channel).basicAck(TAG, false);
    }

    @Test
    void aJobThatGaveUpAfterMaxAttemptsIsDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        when(queue.claim(eq(id), anyString(), any())).thenReturn(Optional.of(new JobQueue.Claim(id, 4)));
        when(processor.process(any(), anyString())).thenReturn(DocumentProcessor.Outcome.GAVE_UP);

        jobs.onMessage(message(id.toString()), channel);

        verify(channel).basicReject(TAG, false);
        verify(channel, never()).basicAck(TAG, false);
    }

    @Test
    void aMessageWithoutADocumentIdIsDeadLettered() throws Exception {
        jobs.onMessage(message("not an id"), channel);

        verify(channel).basicReject(TAG, false);
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheMessageIsRequeued() throws Exception {
        UUID id = UUID.randomUUID();
        when(queue.claim(eq(id), anyString(), any())).thenThrow(new IllegalStateException("database down"));

        jobs.onMessage(message(id.toString()), channel);

        verify(channel).basicNack(TAG, false, true);
    }

    private static Message message(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryTag(TAG);
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
