package org.gongpei.service.account;

import java.time.OffsetDateTime;
import java.util.Arrays;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user: name, bcrypt password hash, one role and a county scope. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    @Column(name = "all_counties")
    public boolean allCounties;

    public String province;

    public String[] counties = new String[0];

    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    public boolean enabled = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** The user's scope: every county for admins and all-county users. */
    public CountyScope scope() {
        if (Roles.ADMIN.equals(role) || allCounties) {
            return CountyScope.EVERY_COUNTY;
        }
        return CountyScope.of(province, Arrays.asList(counties));
    }
}
