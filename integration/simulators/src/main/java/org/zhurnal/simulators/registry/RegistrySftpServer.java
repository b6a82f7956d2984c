package org.zhurnal.simulators.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The registry's SFTP side: a real SFTP server (Apache MINA SSHD) whose one account sees a directory tree
 * rooted at {@code root}; the registry puts its files into {@code inbox/} the way it must (written under a
 * {@code .part} name, then renamed). Password authentication; the host key is generated into {@code root}'s
 * parent on first start. For tests and the dev stack only.
 */
public final class RegistrySftpServer implements AutoCloseable {

    public static final String INBOX = "inbox";

    private final SshServer server;
    private final Path root;

    private RegistrySftpServer(SshServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts on the port (0: any free one) with one account. */
    public static RegistrySftpServer start(int port, Path root, String user, String password) {
        try {
            Files.createDirectories(root.resolve(INBOX));
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(port);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(
                    root.toAbsolutePath().getParent().resolve(root.getFileName() + "-hostkey.ser")));
            server.setPasswordAuthenticator((name, given, session) -> user.equals(name) && constantTimeEquals(password, given));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
            server.start();
            return new RegistrySftpServer(server, root);
        } catch (IOException e) {
            throw new UncheckedIOException("the registry SFTP simulator could not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The directory the account sees as {@code /}. */
    public Path root() {
        return root;
    }

    /** Puts a file into the inbox as the registry does: written aside, then renamed in. */
    public Path drop(String name, String content) {
        try {
            Path inbox = root.resolve(INBOX);
            Path part = inbox.resolve(name + ".part");
            Files.writeString(part, content, StandardCharsets.UTF_8);
            return Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
