package io.marketwatch.batch.remote;

import io.marketwatch.store.PartitionRuns;
import java.util.List;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning, switched on by the Spring profile {@code remote}: {@code extractFactsStep}
 * becomes a manager step whose partitions run on {@code marketwatch worker} processes. Partition
 * requests ({@link StepExecutionRequest}: the worker step's name and the partition's step execution)
 * go over a durable RabbitMQ queue through Spring Integration's AMQP adapters; the results are read
 * from the shared job repository. RabbitMQ and the database are Spring Boot's {@code spring.rabbitmq.*}
 * and {@code spring.datasource.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemoteConfiguration.PROFILE)
@EnableConfigurationProperties(RemoteProperties.class)
@EnableIntegration
public class RemoteConfiguration {

    /** The Spring profile that switches remote partitioning on. */
    public static final String PROFILE = "remote";
    /** The setting a worker process runs with: {@code marketwatch.remote.role=worker}. */
    public static final String ROLE = "marketwatch.remote.role";

    private static final String EXTRACT_STEP = "extractFactsStep";
    private static final String PARTITION_STEP = "extractPartitionStep";

    @Bean
    Queue partitionRequestQueue(RemoteProperties properties) {
        return new Queue(properties.queue(), true);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Requests leave as persistent messages on the queue (they survive a broker restart). */
    @Bean
    IntegrationFlow partitionRequestsToRabbit(DirectChannel partitionRequests, AmqpTemplate amqpTemplate,
                                              RemoteProperties properties) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(properties.queue()))
                .get();
    }

    @Bean
    Step extractFactsStep(JobRepository jobRepository, @Qualifier("inputPartitioner") Partitioner inputPartitioner,
                          PartitionRuns runs, DirectChannel partitionRequests, RemoteProperties properties,
                          @Qualifier("runLog") StepExecutionListener runLog) {
        return new StepBuilder(EXTRACT_STEP, jobRepository)
                .partitioner(PARTITION_STEP, inputPartitioner)
                .partitionHandler(new ReassigningPartitionHandler(jobRepository, runs, partitionRequests, PARTITION_STEP,
                        properties))
                .gridSize(properties.partitions())
                .allowStartIfComplete(true)
                .listener(runLog)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = ROLE, havingValue = "worker")
    PartitionWorker partitionWorker(JobRepository jobRepository, @Qualifier(PARTITION_STEP) Step extractPartitionStep,
                                    PartitionRuns runs, RemoteProperties properties, ConnectionFactory connectionFactory) {
        return new PartitionWorker(jobRepository, extractPartitionStep, runs, properties, connectionFactory);
    }

    /**
     * A worker takes one request at a time per thread (prefetch 1, so no worker hoards requests), and
     * acknowledges it when the partition ended. A request it cannot read is rejected, not requeued.
     */
    @Bean
    @ConditionalOnProperty(name = ROLE, havingValue = "worker")
    IntegrationFlow partitionRequestsFromRabbit(ConnectionFactory connectionFactory, PartitionWorker worker,
                                                RemoteProperties properties) {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, properties.queue())
                        .messageConverter(converter)
                        .configureContainer(container -> container.prefetchCount(1)
                                .concurrentConsumers(properties.workerThreads())
                                .defaultRequeueRejected(false)))
                .handle(worker, "handle")
                .get();
    }
}
