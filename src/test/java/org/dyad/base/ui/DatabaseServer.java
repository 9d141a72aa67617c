package org.dyad.base.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.tools.Server;

/**
 * An H2 server over a database file in a temporary folder, for tests of a database that goes away:
 * {@link #stop()} takes it away (connections break, new ones are refused), {@link #start()} brings
 * it back on the same port with the same data.
 */
final class DatabaseServer {

    private final int port;
    private final Path baseDir;
    private Server server;

    DatabaseServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            baseDir = Files.createTempDirectory("dyad-db-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:h2:tcp://localhost:" + port + "/dyad";
    }

    DatabaseServer start() throws SQLException {
        server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir", baseDir.toString()).start();
        return this;
    }

    void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
