package org.doudi.itests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/** Runs one console command over the server's SSH port as a given user, as an operator would. */
public final class Ssh {
    private Ssh() {
    }

    /** The command's output, or {@code "AUTH FAILED"} when the user may not log in over SSH. */
    public static String run(String user, String password, String command) throws Exception {
        int port = Integer.getInteger("doudi.test.sshPort");
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        try (ClientSession session = client.connect(user, "127.0.0.1", port).verify(15, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity(password);
            try {
                session.auth().verify(15, TimeUnit.SECONDS);
            } catch (Exception refused) {
                return "AUTH FAILED";
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(15, TimeUnit.SECONDS);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(60));
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            client.stop();
        }
    }
}
