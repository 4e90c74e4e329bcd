package be.werkwinkel.kiosk.benchmark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Times the creation of every singleton, from just before it is instantiated to just after it is
 * initialised, minus the time spent creating the beans it depends on (they are created inside that
 * window when nothing needed them earlier). So the figure for {@code vacancyIndex} is the opening of
 * the index itself, not the loading of the ESCO thesaurus it is given.
 *
 * <p>Registered by hand on the bean factory (an initializer), so it sees beans created after that.
 */
final class BeanCreationTimer implements InstantiationAwareBeanPostProcessor {

    private static final class Creation {
        final String name;
        final long started = System.nanoTime();
        long inDependencies;

        Creation(String name) {
            this.name = name;
        }
    }

    private final ThreadLocal<Deque<Creation>> creating = ThreadLocal.withInitial(ArrayDeque::new);
    private final Map<String, Long> ownNanos = new ConcurrentHashMap<>();

    @Override
    public @Nullable Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        creating.get().push(new Creation(beanName));
        return null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        var stack = creating.get();
        // objects from a FactoryBean come by here under the factory's name, without a creation of their own
        if (stack.stream().noneMatch(creation -> creation.name.equals(beanName))) {
            return bean;
        }
        Creation creation;
        do {
            creation = stack.pop(); // drops creations that failed or were short-cut above this one
        } while (!creation.name.equals(beanName));
        var elapsed = System.nanoTime() - creation.started;
        ownNanos.put(beanName, elapsed - creation.inDependencies);
        if (!stack.isEmpty()) {
            stack.peek().inDependencies += elapsed;
        }
        return bean;
    }

    /** How long the bean took to create, without its dependencies; empty if it was not created. */
    OptionalLong ownNanos(String beanName) {
        var nanos = ownNanos.get(beanName);
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }
}
