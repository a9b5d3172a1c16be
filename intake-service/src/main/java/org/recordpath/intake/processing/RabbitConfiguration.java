package org.recordpath.intake.processing;

import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Scale-out mode (profile {@code rabbitmq}): jobs are dispatched as persistent messages on a durable queue and
 * consumed by worker processes with manual acknowledgement and prefetch 1. The document row stays the source of
 * truth; see {@link RabbitJobs}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("rabbitmq")
class RabbitConfiguration {
    @Bean
    Declarables documentQueues(RabbitSettings settings) {
        Queue work = QueueBuilder.durable(settings.queue())
                .withArguments(Map.of(
                        "x-dead-letter-exchange",
                        settings.deadLetterExchange(),
                        "x-dead-letter-routing-key",
                        settings.deadLetterQueue()))
                .build();
        DirectExchange dlx = new DirectExchange(settings.deadLetterExchange(), true, false);
        Queue dead = QueueBuilder.durable(settings.deadLetterQueue()).build();
        Binding deadBinding = BindingBuilder.bind(dead).to(dlx).with(settings.deadLetterQueue());
        return new Declarables(work, dlx, dead, deadBinding);
    }

    @Bean
    RabbitJobs rabbitJobs(
            RabbitTemplate rabbit,
            JobQueue queue,
            DocumentProcessor processor,
            JobSettings jobs,
            RabbitSettings settings,
            NodeIdentity node) {
        return new RabbitJobs(rabbit, queue, processor, jobs, settings, node);
    }

    /** Once started (migrations done): the jobs of a dead process of this node go to the lease sweeper at once. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationStartedEvent>
            freeDeadLeasesOfThisNode(JobQueue queue, NodeIdentity node) {
        return event -> {
            int freed = queue.releaseDeadLeasesOf(node);
            if (freed > 0) {
                org.slf4j.LoggerFactory.getLogger(RabbitJobs.class)
                        .info("{} jobs of a dead process of this node freed for the lease sweeper at once", freed);
            }
        };
    }

    @Bean
    SimpleMessageListenerContainer documentConsumers(
            ConnectionFactory connections, RabbitJobs jobs, RabbitSettings settings) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(settings.queue());
        container.setAcknowledgeMode(org.springframework.amqp.core.AcknowledgeMode.MANUAL);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(Math.max(1, settings.consumers()));
        container.setDefaultRequeueRejected(false);
        container.setMessageListener(jobs);
        container.setAutoStartup(settings.consumers() > 0);
        return container;
    }

    @Bean
    LeaseSweeper leaseSweeper(RabbitJobs jobs, RabbitSettings settings) {
        return new LeaseSweeper(jobs, settings);
    }
}
