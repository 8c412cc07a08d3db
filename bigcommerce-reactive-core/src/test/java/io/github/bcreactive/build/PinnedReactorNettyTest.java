package io.github.bcreactive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * The parent pom pins Reactor Netty ahead of Spring Boot's (for a server keep-alive fix) and Netty behind what that
 * Reactor Netty was built on (the newest whose native transports are served). This checks, as a linker would, that
 * every Netty constructor, method and field Reactor Netty's classes name exists in the Netty on the class path, so a
 * mismatched pin fails here rather than as a {@code NoSuchMethodError} in some rarely used code path. Netty modules
 * that are not on the class path at all (macOS kqueue, HAProxy, the io_uring incubator) are optional and skipped.
 */
class PinnedReactorNettyTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final Map<String, Optional<Members>> classes = new HashMap<>();

    @Test
    void everyNettyMemberReactorNettyNamesExistsInTheNettyOnTheClassPath() {
        Set<String> references = new TreeSet<>();
        for (Class<?> anchor : List.of(reactor.netty.Connection.class, reactor.netty.http.server.HttpServer.class)) {
            references.addAll(nettyReferences(jarOf(anchor)));
        }

        List<String> missing = new ArrayList<>();
        Set<String> presentPackages = new HashSet<>();
        Set<String> absentClasses = new TreeSet<>();
        int resolved = 0;
        for (String reference : references) {
            String owner = reference.substring(0, reference.indexOf(' '));
            if (members(owner).isEmpty()) {
                absentClasses.add(owner);
                continue;
            }
            presentPackages.add(packageOf(owner));
            if (resolves(owner, reference.substring(reference.indexOf(' ') + 1))) {
                resolved++;
            } else {
                missing.add(reference);
            }
        }
        for (String absent : absentClasses) {
            if (presentPackages.contains(packageOf(absent))) {
                missing.add(absent + " (its package is on the class path, the class is not)");
            }
        }

        assertThat(resolved).as("Netty members resolved; too few means the scan found nothing").isGreaterThan(500);
        assertThat(missing).as("Netty members that Reactor Netty names and the Netty on the class path lacks")
                .isEmpty();
    }

    /** Every {@code owner name descriptor} a class in the jar names whose owner is a Netty class. */
    private static Set<String> nettyReferences(Path jar) {
        Set<String> references = new TreeSet<>();
        ClassVisitor collector = new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String member, String type,
                            boolean isInterface) {
                        add(owner, member, type);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String member, String type) {
                        add(owner, member, type);
                    }
                };
            }

            private void add(String owner, String member, String type) {
                if (owner.startsWith("io/netty/")) {
                    references.add(owner + " " + member + type);
                }
            }
        };
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().endsWith(".class") && entry.getName().startsWith("reactor/")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        new ClassReader(in).accept(collector, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return references;
    }

    /** Whether the class or one of its supertypes declares the member ({@code name} followed by its descriptor). */
    private boolean resolves(String owner, String member) {
        Optional<Members> declared = members(owner);
        if (declared.isEmpty()) {
            return false;
        }
        if (declared.get().names().contains(member)) {
            return true;
        }
        for (String supertype : declared.get().supertypes()) {
            if (resolves(supertype, member)) {
                return true;
            }
        }
        return false;
    }

    /** What a class file declares, read without loading the class; empty when the class is not on the class path. */
    private Optional<Members> members(String owner) {
        return classes.computeIfAbsent(owner, name -> {
            try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                if (in == null) {
                    return Optional.empty();
                }
                Members members = new Members(new HashSet<>(), new ArrayList<>());
                new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(int version, int access, String self, String signature, String superName,
                            String[] interfaces) {
                        if (superName != null) {
                            members.supertypes().add(superName);
                        }
                        members.supertypes().addAll(List.of(interfaces));
                    }

                    @Override
                    public MethodVisitor visitMethod(int access, String member, String descriptor, String signature,
                            String[] exceptions) {
                        members.names().add(member + descriptor);
                        return null;
                    }

                    @Override
                    public FieldVisitor visitField(int access, String member, String descriptor, String signature,
                            Object value) {
                        members.names().add(member + descriptor);
                        return null;
                    }
                }, ClassReader.SKIP_CODE);
                return Optional.of(members);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String packageOf(String owner) {
        return owner.substring(0, owner.lastIndexOf('/'));
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A class's declared members ({@code name} followed by the descriptor) and its direct supertypes. */
    private record Members(Set<String> names, List<String> supertypes) {
    }
}
