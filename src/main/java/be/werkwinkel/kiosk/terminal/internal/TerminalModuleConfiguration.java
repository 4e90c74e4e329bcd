package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.terminal.ApplicationRestart;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The registry and the terminal API where the database is: a hub and a standalone kiosk. A
 * standalone kiosk is also its own one terminal ({@link LocalKioskTerminal}).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class TerminalModuleConfiguration {

    @Bean
    TerminalRegistry terminalRegistry(JdbcClient jdbc, TransactionTemplate transactions, TerminalSettings settings,
            Clock clock, ApplicationEventPublisher events) {
        return new TerminalRegistry(jdbc, transactions, settings, clock, events);
    }

    @Bean
    KioskSetupService kioskSetupService(JdbcClient jdbc, TransactionTemplate transactions, TerminalRegistry registry,
            KioskScreens screens, BelgianPlaces places, StaffAudit audit, TerminalSettings settings, Clock clock) {
        return new KioskSetupService(jdbc, transactions, registry, screens, places, audit, settings, clock);
    }

    /** Also without a web server: the terminal API's controllers are created in the staff command line too. */
    @Bean
    TerminalRequestLimits terminalRequestLimits(TerminalRequestLimitSettings limits, StaffAudit audit, Clock clock) {
        return new TerminalRequestLimits(limits, audit, clock);
    }

    @Bean
    CommandWaiters commandWaiters(TerminalRegistry registry, TerminalSettings settings) {
        return new CommandWaiters(registry, settings);
    }

    /** Not in the staff command line, which runs without a web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB}) // component scanning finds this class on its own too
    static class Web {

        @Bean
        @Order(TerminalApiSecurity.ORDER)
        SecurityFilterChain terminalApiFilterChain(HttpSecurity http, TerminalRegistry registry) throws Exception {
            return TerminalApiSecurity.chain(http, registry);
        }

        @Bean
        WebMvcConfigurer terminalRequestLimitsInterceptor(TerminalRequestLimits limits) {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(limits).addPathPatterns(TerminalApiSecurity.PATHS);
                }
            };
        }
    }

    @Bean
    OfflineWatch terminalOfflineWatch(TerminalRegistry registry) {
        return new OfflineWatch(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    ApplicationRestart applicationRestart(ApplicationContext context) {
        return ApplicationRestart.exiting(context);
    }

    @Bean
    @ConditionalOnRole(KioskRole.STANDALONE)
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    LocalKioskTerminal localKioskTerminal(TerminalRegistry registry, KioskSetupService setups, KioskScreens screens,
            VisitorSessions sessions, KioskSettings kiosk, TerminalSettings settings, ApplicationRestart restart) {
        return new LocalKioskTerminal(registry, setups, screens, sessions, kiosk, settings, restart);
    }

    @Bean
    @ConditionalOnRole(KioskRole.HUB)
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    FirstTerminalCode firstTerminalCode(TerminalRegistry registry, KioskSettings kiosk) {
        return new FirstTerminalCode(registry, kiosk);
    }

    /** Turns terminals without heartbeats "offline" in the console. */
    static class OfflineWatch { // not final: the scheduler lock proxies it

        private final TerminalRegistry registry;

        OfflineWatch(TerminalRegistry registry) {
            this.registry = registry;
        }

        @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
        @SchedulerLock(name = "terminal-offline-watch", lockAtLeastFor = "PT2S")
        void check() {
            registry.noticeOffline();
        }
    }
}
