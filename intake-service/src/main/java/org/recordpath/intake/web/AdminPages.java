package org.recordpath.intake.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.recordpath.intake.accounts.AccountChangeRefusedException;
import org.recordpath.intake.accounts.AccountNotFoundException;
import org.recordpath.intake.accounts.AccountSummary;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.patients.PatientNotFoundException;
import org.recordpath.intake.patients.Patients;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages (the pages chain lets only ADMIN reach {@code /admin/**}): users and roles, and who is assigned to
 * which patient. Forms post with the CSRF token and redirect back with a message; every change is audited by
 * {@link Administration}.
 */
@Controller
class AdminPages {
    private final Administration administration;
    private final Accounts accounts;
    private final Patients patients;

    AdminPages(Administration administration, Accounts accounts, Patients patients) {
        this.administration = administration;
        this.accounts = accounts;
        this.patients = patients;
    }

    @GetMapping("/admin/users")
    String users(Authentication auth, Model model) {
        Viewer viewer = accounts.viewer(auth);
        model.addAttribute("viewer", viewer);
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("patients", patients.visibleTo(viewer));
        model.addAttribute("roles", Role.values());
        model.addAttribute("staffRoles", List.of(Role.NAVIGATOR, Role.CLINICIAN, Role.ADMIN));
        return "admin-users";
    }

    @PostMapping("/admin/users")
    String create(
            Authentication auth,
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam Role role,
            @RequestParam(required = false) UUID patient,
            RedirectAttributes redirect) {
        Viewer viewer = accounts.viewer(auth);
        return change(
                redirect,
                "/admin/users",
                () -> "Created "
                        + administration
                                .create(viewer, username, password, role, patient)
                                .username() + ".");
    }

    @PostMapping("/admin/users/{username}/role")
    String role(Authentication auth, @PathVariable String username, @RequestParam Role role, RedirectAttributes r) {
        Viewer viewer = accounts.viewer(auth);
        return change(r, "/admin/users", () -> {
            AccountSummary changed = administration.changeRole(viewer, username, role);
            return changed.username() + " is now " + changed.role() + ".";
        });
    }

    /** {@code /disable} (a disabled account cannot sign in) or {@code /enable}. */
    @PostMapping("/admin/users/{username}/{change:enable|disable}")
    String enableOrDisable(
            Authentication auth, @PathVariable String username, @PathVariable String change, RedirectAttributes r) {
        Viewer viewer = accounts.viewer(auth);
        boolean enable = change.equals("enable");
        return change(r, "/admin/users", () -> {
            String name = administration.setEnabled(viewer, username, enable).username();
            return enable ? "Enabled " + name + "." : "Disabled " + name + "; it cannot sign in.";
        });
    }

    @GetMapping("/admin/patients")
    String assignments(Authentication auth, Model model) {
        Viewer viewer = accounts.viewer(auth);
        model.addAttribute("viewer", viewer);
        model.addAttribute("assignments", administration.allAssignments(viewer));
        model.addAttribute(
                "staff",
                administration.accounts().stream()
                        .filter(a -> Administration.ASSIGNABLE.contains(a.role()))
                        .toList());
        return "admin-patients";
    }

    @PostMapping("/admin/patients/{id}/assignments")
    String assign(Authentication auth, @PathVariable UUID id, @RequestParam String username, RedirectAttributes r) {
        Viewer viewer = accounts.viewer(auth);
        return change(r, "/admin/patients", () -> {
            administration.assign(viewer, id, username);
            return "Assigned " + username + ".";
        });
    }

    @PostMapping("/admin/patients/{id}/assignments/{username}/remove")
    String unassign(Authentication auth, @PathVariable UUID id, @PathVariable String username, RedirectAttributes r) {
        Viewer viewer = accounts.viewer(auth);
        return change(r, "/admin/patients", () -> {
            administration.unassign(viewer, id, username);
            return "Unassigned " + username + ".";
        });
    }

    /** Runs a change and redirects back with its message, or with the reason it was refused. */
    private static String change(RedirectAttributes redirect, String back, Supplier<String> work) {
        try {
            redirect.addFlashAttribute("message", work.get());
        } catch (AccountChangeRefusedException e) {
            redirect.addFlashAttribute("error", "Not changed: " + e.getMessage() + ".");
        } catch (AccountNotFoundException e) {
            redirect.addFlashAttribute("error", "Not changed: no such account.");
        } catch (PatientNotFoundException e) {
            redirect.addFlashAttribute("error", "Not changed: no such patient record.");
        }
        return "redirect:" + back;
    }
}
