package org.zhurnal.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP-level errors raised by JAX-RS itself (unknown path, wrong method, unreadable body…) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        return Problems.response(switch (status) {
            case 400 -> Problem.of("bad-request", "Неверный запрос", status,
                    "Запрос не удалось разобрать. Проверьте введённые данные.");
            case 403 -> Problem.of("forbidden", "Нет доступа", status, "У вас нет прав на это действие.");
            case 404 -> Problem.of("not-found", "Не найдено", status, "Запрошенный ресурс не существует.");
            case 405 -> Problem.of("method-not-allowed", "Действие не поддерживается", status,
                    "Этот адрес не поддерживает такой запрос.");
            case 406, 415 -> Problem.of("unsupported-media-type", "Неподдерживаемый формат", status,
                    "Сервер принимает и отдаёт данные в формате JSON.");
            default -> Problem.of("http-" + status, "Ошибка запроса", status, "Запрос не выполнен.");
        });
    }
}
