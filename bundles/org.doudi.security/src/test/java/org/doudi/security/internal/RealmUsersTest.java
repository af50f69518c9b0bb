package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;
import org.doudi.api.security.Caller;
import org.junit.Test;

/** A token's user is read from the user store as a login would see it, without a password. */
public class RealmUsersTest {

    @Test
    public void groupsGiveTheirRolesAStreetRoleNamesTheStreetAndDisabledUsersAreGone() throws IOException {
        File file = File.createTempFile("users", ".properties");
        file.deleteOnExit();
        Files.writeString(file.toPath(), String.join("\n",
                "_g_\\:partner = group, partner",
                "_g_\\:advisor = group, advisor",
                "hr-bureau = {CRYPT}x{CRYPT}, _g_:partner",
                "adam = {CRYPT}x{CRYPT},_g_:advisor,street:hongqiao",
                "trudy = {CRYPT}x{CRYPT}, disabled",
                ""), StandardCharsets.UTF_8);
        PropertiesBackingEngine engine = new PropertiesBackingEngine(new Properties(file));

        assertEquals(Optional.of(new Caller("hr-bureau", Set.of("partner"), null)),
                RealmUsers.current(engine, "hr-bureau"));
        assertEquals(Optional.of(new Caller("adam", Set.of("advisor"), "hongqiao")), RealmUsers.current(engine, "adam"));
        assertEquals(Optional.empty(), RealmUsers.current(engine, "trudy"));
        engine.addUser("dora", "Secret-pass-2024");
        engine.addRole("dora", "_g_:advisor");
        assertEquals("as Karaf writes a new user", Optional.of(new Caller("dora", Set.of("advisor"), null)),
                RealmUsers.current(engine, "dora"));
        assertEquals(Optional.empty(), RealmUsers.current(engine, "nobody"));
        assertEquals("a group is no user", Optional.empty(), RealmUsers.current(engine, "_g_:partner"));
    }
}
