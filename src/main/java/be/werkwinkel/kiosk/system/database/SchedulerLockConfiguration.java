package be.werkwinkel.kiosk.system.database;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across the instances that share a database (several hubs behind a load
 * balancer, decision 042): each job annotated with {@code @SchedulerLock} takes its row in
 * {@code shedlock} first, and an instance that finds it taken skips that run. The database's clock
 * decides, so the instances' clocks need not agree. A terminal has no database and none of these jobs.
 *
 * <p>A lock is taken for one minute and kept alive every half minute while its job runs (ShedLock's
 * {@link KeepAliveLockProvider}): a long import keeps its lock, and the lock of an instance that
 * died lapses within a minute, so the other instances carry on with the mail, the reminders and the
 * watch over terminals (a lock that lasted until its job's longest run would stop them for that long).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource, KeepAliveThread keepAlive) {
        return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()), keepAlive.executor());
    }

    /**
     * The thread that extends the locks, closed with the context. Not a {@link ScheduledExecutorService}
     * bean: one of those would take the place of Spring Boot's task scheduler.
     */
    @Bean
    KeepAliveThread schedulerLockKeepAlive() {
        return new KeepAliveThread(Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("scheduler-lock-keep-alive").factory()));
    }

    record KeepAliveThread(ScheduledExecutorService executor) implements AutoCloseable {

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
