package be.werkwinkel.kiosk.system.database;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across the instances that share a database (several hubs behind a load
 * balancer, decision 042): each job annotated with {@code @SchedulerLock} takes its row in
 * {@code shedlock} first, and an instance that finds it taken skips that run. The database's clock
 * decides, so the instances' clocks need not agree. A terminal has no database and none of these jobs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
