package io.github.bcreactive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The parent pom pins Reactor Netty ahead of Spring Boot's (for a server keep-alive fix) and Netty behind what that
 * Reactor Netty was built on (the newest whose native transports are served). This checks, as a linker would, that
 * every Netty constructor, method and field Reactor Netty's classes name exists in the Netty on the class path, so a
 * mismatched pin fails here rather than as a {@code NoSuchMethodError} in some rarely used code path. Netty modules
 * that are not on the class path at all (macOS kqueue, HAProxy, the io_uring incubator) are optional and skipped.
 */
class PinnedReactorNettyTest {

    @Test
    void everyNettyMemberReactorNettyNamesExistsInTheNettyOnTheClassPath() {
        List<AccessTarget> targets = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("reactor.netty")) {
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                if (access.getTargetOwner().getPackageName().startsWith("io.netty")) {
                    targets.add(access.getTarget());
                }
            }
        }

        Set<String> presentPackages = new TreeSet<>();
        targets.stream().map(AccessTarget::getOwner).filter(JavaClass::isFullyImported)
                .forEach(owner -> presentPackages.add(owner.getPackageName()));
        Set<String> missing = new TreeSet<>();
        int resolved = 0;
        for (AccessTarget target : targets) {
            if (!target.getOwner().isFullyImported()) {
                if (presentPackages.contains(target.getOwner().getPackageName())) {
                    missing.add(target.getOwner().getName() + " (its package is on the class path, the class is not)");
                }
            } else if (target.resolveMember().isPresent()) {
                resolved++;
            } else {
                missing.add(target.getFullName());
            }
        }

        assertThat(resolved).as("Netty accesses resolved; too few means the scan found nothing").isGreaterThan(500);
        assertThat(missing).as("Netty members that Reactor Netty names and the Netty on the class path lacks")
                .isEmpty();
    }
}
