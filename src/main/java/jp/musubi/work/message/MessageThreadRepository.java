package jp.musubi.work.message;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessageThreadRepository extends JpaRepository<MessageThread, UUID> {

	Optional<MessageThread> findBySubjectTypeAndSubjectId(MessageThread.Subject subjectType, UUID subjectId);

}
