package org.dyad.user.ui;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.dyad.base.ui.MainLayout;
import org.dyad.user.Role;
import org.dyad.user.UserAccount;
import org.dyad.user.UserChangeException;
import org.dyad.user.UserService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** Admin: the users, their roles, enabling and disabling them, setting a new password. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final String actor;
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.actor = authentication.getPrincipalName().orElse("?");
        setWidthFull();
        H2 heading = new H2(getTranslation("users.heading"));
        heading.getStyle().set("margin", "0");
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(heading, add);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(u -> u.displayName() == null ? "" : u.displayName()).setHeader(getTranslation("users.displayName"))
                .setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("users.edit"), e -> openEdit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(top, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all());
    }

    private CheckboxGroup<Role> rolePicker(Set<Role> value) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(value);
        return roles;
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.add"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.password.hint", UserService.MIN_PASSWORD_LENGTH));
        CheckboxGroup<Role> roles = rolePicker(EnumSet.of(Role.ANALYST));
        roles.setId("new-roles");
        dialog.add(new FormLayout(username, displayName, password, roles));
        Button save = new Button(getTranslation("users.save"), e -> {
            if (attempt(() -> users.create(actor, username.getValue(), password.getValue(), displayName.getValue(),
                    roles.getValue()))) {
                dialog.close();
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(UserAccount user) {
        Dialog dialog = new Dialog(getTranslation("users.editTitle", user.username()));
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        CheckboxGroup<Role> roles = rolePicker(user.roles());
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setHelperText(getTranslation("users.newPassword.hint", UserService.MIN_PASSWORD_LENGTH));
        dialog.add(new FormLayout(enabled, roles, password));
        Button save = new Button(getTranslation("users.save"), e -> {
            boolean ok = attempt(() -> users.update(actor, user.id(), enabled.getValue(), roles.getValue()));
            if (ok && !password.isEmpty()) {
                ok = attempt(() -> users.resetPassword(actor, user.id(), password.getValue()));
            }
            if (ok) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a change; says what was wrong if Dyad refused it. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (UserChangeException e) {
            Notification.show(e.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }

    Grid<UserAccount> grid() {
        return grid;
    }
}
