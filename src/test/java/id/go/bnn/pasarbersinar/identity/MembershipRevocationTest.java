package id.go.bnn.pasarbersinar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * "A removed member must lose access at once": a member signed in over HTTP keeps its session while a curator removes
 * it from the group; its very next request in the same session may no longer read the group's data.
 *
 * <p>Needs the per-request refresh of roles, memberships and provinces from the database that the issue-7-security
 * branch adds (the session's {@link Caller} is otherwise the one built at sign-in); it fails on a branch without it.
 */
@SpringBootTest
@Import(MembershipRevocationTest.WhatMayICall.class)
class MembershipRevocationTest {

    static final String ACEH = "11";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    ProducerGroups groups;
    @Autowired
    GroupMembers members;
    @Autowired
    JdbcClient jdbc;

    /** Answers, inside a real request through the filter chain, whether the caller may read a group's profile. */
    @TestConfiguration
    @RestController
    static class WhatMayICall {

        private final ProducerGroups groups;

        WhatMayICall(ProducerGroups groups) {
            this.groups = groups;
        }

        @GetMapping("/uji/boleh-baca-profil")
        String mayReadProfile(@RequestParam long group) {
            try {
                groups.profile(new GroupId(group));
                return "allowed groups=" + Caller.current().groups();
            } catch (AccessDeniedException denied) {
                return "denied groups=" + Caller.current().groups();
            }
        }
    }

    @Test
    void removed_member_loses_access_on_next_request() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        GroupId group = Caller.runAsSystem(() -> {
            GroupId id = groups.register(new NewGroup("Kopi Gayo Pencabutan", new LocalizedText("Cerita.", null), "PEMBERDAYAAN_ALTERNATIF",
                    ACEH, "Aceh Tengah", null, null, null, null, null, null, null, 3, 2020), false);
            groups.verify(id);
            return id;
        });
        String email = SignInSupport.freshEmail("dicabut");
        AccountId member = SignInSupport.provision(accounts, email, Set.of(Caller.Role.PRODUCER), Set.of(), Set.of(), null);
        jdbc.sql("INSERT INTO group_membership (account_id, group_id, owner, joined_at) VALUES (?, ?, FALSE, ?)")
                .params(member.value(), group.value(), java.sql.Timestamp.from(Instant.now())).update();

        MockHttpSession session = new MockHttpSession();
        MvcResult signIn = http.perform(post("/masuk").session(session).param("username", email).param("password", SignInSupport.PASSWORD)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr("10.8.0.1");
                    return request;
                })).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession signedIn = (MockHttpSession) signIn.getRequest().getSession();

        String before = http.perform(get("/uji/boleh-baca-profil").param("group", String.valueOf(group.value())).session(signedIn))
                .andReturn().getResponse().getContentAsString();
        assertThat(before).startsWith("allowed");

        Callers.as(Callers.curator(-1101, ACEH), () -> members.remove(group, member));

        String after = http.perform(get("/uji/boleh-baca-profil").param("group", String.valueOf(group.value())).session(signedIn))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).startsWith("denied").doesNotContain(String.valueOf(group.value()));
    }
}
