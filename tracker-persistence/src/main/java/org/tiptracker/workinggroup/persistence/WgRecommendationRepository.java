package org.tiptracker.workinggroup.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WgRecommendationRepository extends JpaRepository<WgRecommendationEntity, Long> {

    @Query("select r from WgRecommendationEntity r join fetch r.meeting m where m.id = ?1"
            + " order by coalesce(r.paragraph, 0), r.position")
    List<WgRecommendationEntity> ofMeeting(long meetingId);

    @Query("select r from WgRecommendationEntity r join fetch r.meeting m"
            + " order by m.number desc, coalesce(r.paragraph, 0), r.position")
    List<WgRecommendationEntity> allInOrder();
}
