package dev.masthead.auth;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.content.ContentWrite;
import dev.masthead.web.ExpectedVersion;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageMeta;
import dev.masthead.web.PageParameters;
import dev.masthead.web.problem.ItemNotFoundException;
import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Accounts as admins manage them. */
@ApplicationScoped
public class UserService {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final MergePatch mergePatch;

    UserService(AccountRepository accounts, AccountService accountService, MergePatch mergePatch) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.mergePatch = mergePatch;
    }

    public UserPage list(PageParameters paging) {
        var query = accounts.findAll(Sort.by("email")).page(Page.of(paging.page() - 1, paging.pageSize()));
        List<UserView> data = query.list().stream().map(UserView::of).toList();
        return new UserPage(data, PageMeta.counted(paging.page(), paging.pageSize(), query.count(), null));
    }

    public UserView get(UUID id) {
        return UserView.of(find(id));
    }

    @ContentWrite
    public UserView create(UserRequest request) {
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw new EmailTakenException();
        }
        Account account = accountService.create(request.email(), request.password(), request.role(), request.name().strip());
        accounts.flush();
        return UserView.of(account);
    }

    /** Renames, changes the role, or (de)activates; the last active admin cannot be demoted or deactivated. */
    @Transactional
    public UserView change(UUID id, JsonNode patch, String ifMatch) {
        Account account = find(id);
        UserChange current = new UserChange(account.name(), account.role(), account.active(), null);
        UserChange change = mergePatch.apply(current, patch, UserChange.class);
        ExpectedVersion.of(ifMatch, change.version()).ifPresent(v -> ExpectedVersion.verify(v, account.version()));
        boolean losesAdmin = account.role() == Role.ADMIN && account.active()
                && (change.role() != Role.ADMIN || !change.active());
        if (losesAdmin && accounts.count("role = ?1 and active = true", Role.ADMIN) <= 1) {
            throw new LastAdminException();
        }
        if (!change.name().strip().equals(account.name())) {
            account.rename(change.name().strip());
        }
        if (change.role() != account.role()) {
            account.changeRole(change.role());
        }
        if (change.active() != account.active()) {
            account.setActive(change.active());
        }
        accounts.flush();
        return UserView.of(account);
    }

    private Account find(UUID id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    static class UserNotFoundException extends ItemNotFoundException {
        UserNotFoundException(UUID id) {
            super("No account with id " + id);
        }
    }

    static class EmailTakenException extends ProblemException {
        EmailTakenException() {
            super(ProblemType.CONFLICT, "An account with this email exists already",
                    List.of(new Problem.FieldError("email", "already in use")));
        }
    }

    static class LastAdminException extends ProblemException {
        LastAdminException() {
            super(ProblemType.CONFLICT, "This is the last active admin; make another admin first");
        }
    }
}
