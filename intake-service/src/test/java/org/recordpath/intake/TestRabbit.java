package org.recordpath.intake;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The real RabbitMQ for integration tests, chosen like {@link TestPostgres}: {@code TEST_RABBITMQ_URL}
 * ({@code amqp://user:password@host:port/vhost}), a Testcontainers RabbitMQ when a Docker engine answers, the broker
 * on 127.0.0.1:5672 as guest/guest. When none answers the tests fail and say why; they never skip. Tests use queue
 * names of their own, so parallel runs do not share messages.
 */
public final class TestRabbit {
    private static Broker broker;

    private TestRabbit() {}

    /** Where the broker is and how it was found. */
    public record Broker(String host, int port, String user, String password, String virtualHost, String source) {}

    public static synchronized Broker broker() {
        if (broker == null) {
            broker = find();
        }
        return broker;
    }

    private static Broker find() {
        List<String> tried = new ArrayList<>();
        String url = System.getenv("TEST_RABBITMQ_URL");
        if (url != null && !url.isBlank()) {
            Broker given = fromUrl(url.strip());
            String problem = problem(given);
            if (problem != null) {
                throw new IllegalStateException("TEST_RABBITMQ_URL does not answer: " + problem);
            }
            return given;
        }
        tried.add("TEST_RABBITMQ_URL is not set");
        if (dockerAnswers()) {
            RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management-alpine");
            container.start();
            return new Broker(
                    container.getHost(),
                    container.getAmqpPort(),
                    container.getAdminUsername(),
                    container.getAdminPassword(),
                    "/",
                    "Testcontainers");
        }
        tried.add("no Docker engine answered, so Testcontainers cannot start RabbitMQ");
        Broker local = new Broker("127.0.0.1", 5672, "guest", "guest", "/", "local 127.0.0.1:5672");
        String problem = problem(local);
        if (problem == null) {
            return local;
        }
        tried.add("127.0.0.1:5672 as guest: " + problem);
        throw new IllegalStateException("No RabbitMQ for the integration tests. Tried: " + String.join("; ", tried)
                + ". Start rabbitmq-server or set TEST_RABBITMQ_URL.");
    }

    static Broker fromUrl(String url) {
        URI uri = URI.create(url);
        String user = "guest";
        String password = "guest";
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        String path = uri.getRawPath();
        String vhost =
                path == null || path.length() <= 1 ? "/" : URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
        return new Broker(
                uri.getHost(), uri.getPort() < 0 ? 5672 : uri.getPort(), user, password, vhost, "TEST_RABBITMQ_URL");
    }

    /** Null when an AMQP connection opens, else why not. */
    private static String problem(Broker b) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(b.host());
        factory.setPort(b.port());
        factory.setUsername(b.user());
        factory.setPassword(b.password());
        factory.setVirtualHost(b.virtualHost());
        factory.setConnectionTimeout(3000);
        try (Connection ignored = factory.newConnection("recordpath-test-probe")) {
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
