package org.tiptracker.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUserEntity, Long> {

    Optional<AppUserEntity> findByUsernameIgnoreCase(String username);

    boolean existsByRole(String role);

    Optional<AppUserEntity> findByPasswordTokenHash(String passwordTokenHash);

    List<AppUserEntity> findAllByOrderByUsernameAsc();
}
