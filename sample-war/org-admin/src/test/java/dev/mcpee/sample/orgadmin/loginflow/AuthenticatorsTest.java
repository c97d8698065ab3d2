package dev.mcpee.sample.orgadmin.loginflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.mcpee.api.ToolException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A login flow checked against what the organization has enabled, connections and their authenticators too. */
class AuthenticatorsTest {

    private static final JsonArray ALL = Json.createReader(new StringReader("""
            [{"id": "QmFzaWM", "name": "BasicAuthenticator", "displayName": "Username & Password", "type": "LOCAL",
              "isEnabled": true},
             {"id": "dG90cA", "name": "totp", "displayName": "TOTP", "type": "LOCAL", "isEnabled": true},
             {"id": "c21z", "name": "sms-otp-authenticator", "displayName": "SMS OTP", "type": "LOCAL",
              "isEnabled": false},
             {"id": "idp-google", "name": "Google", "displayName": "Google", "type": "FEDERATED", "isEnabled": true},
             {"id": "idp-empty", "name": "Nothing", "displayName": "Nothing", "type": "FEDERATED",
              "isEnabled": true}]""")).readArray();
    private static final JsonObject GOOGLE = Json.createReader(new StringReader("""
            {"defaultAuthenticatorId": "b2lkYw",
             "authenticators": [{"authenticatorId": "c2FtbA", "name": "SAMLSSOAuthenticator", "isEnabled": true},
                                {"authenticatorId": "b2lkYw", "name": "GoogleOIDCAuthenticator", "isEnabled": true},
                                {"authenticatorId": "b2Zm", "name": "Disabled", "isEnabled": false}]}""")).readObject();

    private final List<String> connectionsRead = new ArrayList<>();
    private final Authenticators authenticators = new Authenticators(ALL, id -> {
        connectionsRead.add(id);
        return "idp-google".equals(id) ? GOOGLE : Json.createObjectBuilder().build();
    });

    private static List<LoginStep> flow(LoginOption... firstThenSecond) {
        return List.of(new LoginStep(List.of(firstThenSecond[0])), new LoginStep(List.of(firstThenSecond[1])));
    }

    @Test
    void theModelIsOfferedEnabledAuthenticatorsWithTheConnectionsOwnNamesDefaultFirst() {
        String offered = authenticators.describe();
        assertEquals("""
                - idp "LOCAL", authenticator "BasicAuthenticator": Username & Password
                - idp "LOCAL", authenticator "totp": TOTP (second factor only)
                - idp "Google", authenticator "GoogleOIDCAuthenticator": Google (connection)
                - idp "Google", authenticator "SAMLSSOAuthenticator": Google (connection)
                """, offered);
        assertEquals(List.of("idp-google", "idp-empty"), connectionsRead, "each enabled connection read once");
    }

    @Test
    void aConnectionWithoutAnAuthenticatorGetsItsDefaultAndAnotherOfItsOwnIsKept() {
        assertEquals(new LoginOption("Google", "GoogleOIDCAuthenticator"), authenticators.check(flow(
                new LoginOption("Google", ""), new LoginOption("LOCAL", "totp"))).get(0).options().get(0));
        assertEquals(new LoginOption("Google", "SAMLSSOAuthenticator"), authenticators.check(flow(
                new LoginOption(" Google ", "SAMLSSOAuthenticator"), new LoginOption("local", "totp"))).get(0)
                .options().get(0));
    }

    @Test
    void anAuthenticatorTheConnectionDoesNotOfferIsRefusedWithTheList() {
        ToolException e = assertThrows(ToolException.class, () -> authenticators.check(flow(
                new LoginOption("Google", "FacebookAuthenticator"), new LoginOption("LOCAL", "totp"))));
        assertTrue(e.getMessage().startsWith("Step 1: the organization has no enabled authenticator"
                + " 'FacebookAuthenticator' on connection 'Google'. Available:\n- idp \"LOCAL\""), e.getMessage());
        assertThrows(ToolException.class, () -> authenticators.check(flow(new LoginOption("Google", "Disabled"),
                new LoginOption("LOCAL", "totp"))));
    }

    @Test
    void disabledOrUnknownAuthenticatorsAndConnectionsAreRefused() {
        assertTrue(assertThrows(ToolException.class, () -> authenticators.check(flow(
                new LoginOption("LOCAL", "BasicAuthenticator"), new LoginOption("LOCAL", "sms-otp-authenticator"))))
                .getMessage().startsWith("Step 2: the organization has no enabled authenticator"
                        + " 'sms-otp-authenticator'"));
        assertTrue(assertThrows(ToolException.class, () -> authenticators.check(flow(
                new LoginOption("Nothing", ""), new LoginOption("LOCAL", "totp")))).getMessage()
                .contains("no enabled connection 'Nothing'"), "a connection without enabled authenticators");
        assertThrows(ToolException.class, () -> authenticators.check(flow(new LoginOption(null, "totp"),
                new LoginOption("LOCAL", "totp"))));
    }

    @Test
    void aSecondFactorCannotBeTheFirstStepAndFlowsAreBounded() {
        assertTrue(assertThrows(ToolException.class, () -> authenticators.check(flow(
                new LoginOption("LOCAL", "totp"), new LoginOption("LOCAL", "BasicAuthenticator")))).getMessage()
                .startsWith("Step 1 must identify the user"));
        LoginStep basic = new LoginStep(List.of(new LoginOption("LOCAL", "BasicAuthenticator")));
        assertThrows(ToolException.class, () -> authenticators.check(List.of()));
        assertThrows(ToolException.class, () -> authenticators.check(List.of(basic, basic, basic, basic, basic,
                basic)));
        assertEquals(5, authenticators.check(List.of(basic, basic, basic, basic, basic)).size());
    }
}
