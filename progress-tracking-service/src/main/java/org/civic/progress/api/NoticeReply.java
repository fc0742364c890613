package org.civic.progress.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lead department's answer to a notice: what it does about the lag, with evidence. */
@Schema(description = "The lead department's reply: its measures and links to evidence.")
public record NoticeReply(
        @Schema(examples = "增派施工班组，实行倒排工期，11月底前完成主体") @NotBlank @Size(max = 4000)
        String measures,

        @Schema(description = "http(s) links to evidence", examples = "[\"https://www.huichang.gov.cn/\"]")
        @Size(max = 20)
        List<
                        @NotNull @Size(max = Codes.LINK_MAX_LENGTH)
                        @Pattern(regexp = Codes.LINK, message = "must be an http(s) URL") String>
                evidenceLinks) {}
