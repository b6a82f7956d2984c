package org.zhurnal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.zhurnal.federal.application.ChildEsiaIds;
import org.zhurnal.federal.application.EsiaChild;
import org.zhurnal.federal.application.MySchoolSchedules;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.identity.application.GuardianLinkService;
import org.zhurnal.identity.domain.BindingState;

/**
 * Reached once the sign-in filter has an authenticated profile. Zhurnal accepts only confirmed state
 * portal accounts: an unconfirmed one is signed out of Keycloak at once and shown how to confirm it.
 * A confirmed one may get a suggestion to bind it to a staff member's person card (by SNILS).
 */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    static final String PATH = "/login";
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    transient SessionProfiles profiles;

    @Inject
    transient SignInSettings settings;

    @Inject
    transient AccountBindings bindings;

    @Inject
    transient GuardianLinkService guardianLinks;

    @Inject
    transient MySchoolSchedules mySchool;

    @Inject
    transient ChildEsiaIds childEsiaIds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = profiles.account(request);
        if (account.isPresent() && account.get().confirmed()) {
            LOG.info(() -> "Signed in: account " + account.get().pseudonym());
            suggestBinding(account.get());
            suggestGuardianLinks(account.get());
            recordEsiaAccount(account.get(), profiles.esiaOid(request));
            recordChildrenEsiaIds(account.get(), profiles.kidsAccounts(request));
            CurrentActor.forgetBinding(request.getSession());
            response.sendRedirect(settings.homeUrl());
            return;
        }
        String reason = account.isPresent() ? "unconfirmed" : "failed";
        account.ifPresent(a -> {
            LOG.info(() -> "Sign-in refused (" + reason + "): account " + a.pseudonym());
            auditRefusal(a);
        });
        String target = settings.homeUrl() + "?signin=" + reason;
        response.sendRedirect(request.getContextPath() + "/logout?url="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** Audits a refused sign-in; a failure must not change what the person is shown. */
    private void auditRefusal(SignedInAccount account) {
        try {
            bindings.refusedAtSignIn(account.toActor());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Refused sign-in not audited for account " + account.pseudonym() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Suggests links to the account's children on class lists (state portal kids); a failure must not stop the sign-in. */
    private void suggestGuardianLinks(SignedInAccount account) {
        if (account.kidsSnils().isEmpty()) {
            return;
        }
        try {
            int made = guardianLinks.suggestAtSignIn(account.toActor(), account.snils(), account.kidsSnils());
            LOG.info(() -> "Account " + account.pseudonym() + " guardian links suggested: " + made);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Guardian-link suggestion failed for account " + account.pseudonym() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Remembers the account's ESIA id for «Моя школа»'s pulls; a failure must not stop the sign-in. */
    private void recordEsiaAccount(SignedInAccount account, String esiaOid) {
        try {
            mySchool.recordEsiaAccount(account.toActor(), esiaOid);
        } catch (RuntimeException e) {
            LOG.warning(() -> "ESIA id not recorded for account " + account.pseudonym() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * Learns the ESIA ids of the account's children who have accounts of their own (state portal kids), so that
     * «Моя школа» can name pupils who never signed in; a failure must not stop the sign-in. Counts only in the log.
     */
    private void recordChildrenEsiaIds(SignedInAccount account, List<EsiaChild> children) {
        if (children.isEmpty()) {
            return;
        }
        try {
            ChildEsiaIds.Outcome outcome = childEsiaIds.recordFromParent(account.toActor(), children);
            LOG.info(() -> "Account " + account.pseudonym() + " children's ESIA ids: " + outcome);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Children's ESIA ids not recorded for account " + account.pseudonym() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Suggests binding the account to a staff card by its SNILS; a failure must not stop the sign-in. */
    private void suggestBinding(SignedInAccount account) {
        try {
            BindingState state = bindings.suggestAtSignIn(account.toActor(), account.snils());
            LOG.info(() -> "Account " + account.pseudonym() + " binding: " + state);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Binding suggestion failed for account " + account.pseudonym() + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
