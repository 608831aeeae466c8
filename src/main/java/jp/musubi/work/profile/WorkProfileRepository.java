package jp.musubi.work.profile;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkProfileRepository extends JpaRepository<WorkProfile, UUID> {

	@Query("select distinct p from WorkProfile p join p.skills s where s.skill.id in :skills")
	List<WorkProfile> findWithAnySkill(@Param("skills") List<UUID> skills);

}
